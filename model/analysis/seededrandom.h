#pragma once

#include <QtGlobal>

#include <cmath>

namespace Peakend {

// A small deterministic generator (SplitMix64) with its own uniform and normal draws, so
// a demo project and a bootstrap come out bit-for-bit the same with every compiler and
// standard library (std::normal_distribution is not specified to the bit).
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in (0, 1): never exactly 0, so log() is safe.
    double uniform() { return (double(next() >> 11) + 0.5) * 0x1.0p-53; }

    int below(int n) { return int(uniform() * n); }

    // Box–Muller; one draw per call keeps the sequence simple to reason about.
    double normal(double mean, double sd)
    {
        const double u1 = uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * pi * u2);
    }

private:
    static constexpr double pi = 3.14159265358979323846;
    quint64 m_state;
};

} // namespace Peakend
