#pragma once

#include <algorithm>
#include <functional>
#include <thread>
#include <vector>

namespace Peakend::Parallel {

// The number of threads to use: the one requested, or one per core for 0.
inline int threadCount(int requested)
{
    return requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
}

// Runs work on this thread and on threads − 1 more, and returns when all have finished. The
// work takes its items from a shared atomic counter, so the split needs no planning.
inline void run(int threads, const std::function<void()> &work)
{
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace Peakend::Parallel
