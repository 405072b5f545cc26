using UnityEngine;

// Attach to any GameObject: it drifts right and spins at a steady speed.
public class Mover : MonoBehaviour
{
    public float speed = 2f;          // units per second, editable in the Inspector
    public float degreesPerSecond = 90f;

    void Start()
    {
        // Runs once, just before the first frame this object is active.
        Debug.Log("Mover started at " + transform.position);
    }

    void Update()
    {
        // Runs once per frame. Multiplying by Time.deltaTime turns
        // "per frame" into "per second", whatever the frame rate.
        transform.Translate(Vector3.right * speed * Time.deltaTime, Space.World);
        transform.Rotate(0f, degreesPerSecond * Time.deltaTime, 0f);
    }
}
