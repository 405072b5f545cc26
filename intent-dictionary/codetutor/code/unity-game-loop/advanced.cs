using UnityEngine;

// Physics-driven player: input is read every frame in Update,
// forces are applied at the fixed physics rate in FixedUpdate.
[RequireComponent(typeof(Rigidbody))]
public class PlayerController : MonoBehaviour
{
    [SerializeField] float moveForce = 20f;
    [SerializeField] float jumpImpulse = 5f;

    Rigidbody body;          // cached once: GetComponent every frame is wasteful
    Vector3 moveInput;
    bool jumpRequested;      // latched in Update, consumed in FixedUpdate

    void Awake()
    {
        body = GetComponent<Rigidbody>();
    }

    void Update()
    {
        // Input must be polled per frame: a key press can fall between
        // two physics steps and would be missed in FixedUpdate.
        moveInput = new Vector3(Input.GetAxis("Horizontal"), 0f, Input.GetAxis("Vertical"));
        moveInput = Vector3.ClampMagnitude(moveInput, 1f); // no faster diagonals
        if (Input.GetButtonDown("Jump"))
        {
            jumpRequested = true;
        }
    }

    void FixedUpdate()
    {
        // Runs every Time.fixedDeltaTime seconds (0.02 s by default),
        // possibly zero or several times in one rendered frame.
        body.AddForce(moveInput * moveForce, ForceMode.Force); // already scaled by the step
        if (jumpRequested)
        {
            body.AddForce(Vector3.up * jumpImpulse, ForceMode.Impulse);
            jumpRequested = false;
        }
    }

    void LateUpdate()
    {
        // After every Update has run: a good place for camera follow code.
        Debug.DrawRay(transform.position, moveInput, Color.green);
    }
}
