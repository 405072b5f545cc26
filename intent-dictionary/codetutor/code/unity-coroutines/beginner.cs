using System.Collections;
using UnityEngine;

// Counts down from 3 to "Go!", one step per second, without freezing the game.
public class Countdown : MonoBehaviour
{
    void Start()
    {
        StartCoroutine(CountDown());
    }

    IEnumerator CountDown()
    {
        for (int i = 3; i > 0; i--)
        {
            Debug.Log(i);
            // Pause this method for one second; the rest of the game keeps running.
            yield return new WaitForSeconds(1f);
        }
        Debug.Log("Go!");
    }
}
