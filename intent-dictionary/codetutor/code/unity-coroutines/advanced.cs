using System.Collections;
using UnityEngine;

// Spawns a wave of enemies at a fixed interval, waits until the wave is
// cleared, then starts the next one. Stops cleanly when disabled.
public class WaveSpawner : MonoBehaviour
{
    [SerializeField] GameObject enemyPrefab;
    [SerializeField] float spawnInterval = 0.5f;
    [SerializeField] int waves = 3;

    Coroutine running;
    int alive;

    void OnEnable()
    {
        running = StartCoroutine(RunWaves());
    }

    void OnDisable()
    {
        // Deactivating the GameObject stops its coroutines, but setting
        // enabled = false on this component does not: stop it explicitly.
        if (running != null) StopCoroutine(running);
        running = null;
    }

    IEnumerator RunWaves()
    {
        var pause = new WaitForSeconds(spawnInterval); // cached: no garbage per loop
        for (int wave = 1; wave <= waves; wave++)
        {
            for (int i = 0; i < wave * 2; i++)
            {
                Instantiate(enemyPrefab, transform.position + Random.insideUnitSphere * 3f, Quaternion.identity);
                alive++;
                yield return pause;
            }
            yield return new WaitUntil(() => alive == 0); // checked once per frame
            Debug.Log("Wave " + wave + " cleared");
            yield return null; // wait one frame before the next wave
        }
        running = null;
    }

    // Called by an enemy's death logic.
    public void OnEnemyDied() => alive--;
}
