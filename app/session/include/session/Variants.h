#pragma once
// Variants a designer keeps to compare side by side: up to four named specs.

#include <design/Piece.h>

#include <cstdint>
#include <string>
#include <vector>

namespace atelier::session {

struct Variant {
    std::string name;
    design::PieceSpec spec;
};

class Variants {
public:
    static constexpr std::size_t kMax = 4;

    // Keeps a copy of `spec` as `name` (empty: "Variant N"). Throws
    // std::length_error when four are kept already and std::invalid_argument
    // when the name is taken.
    const Variant& keep(const design::PieceSpec& spec, std::string name = {});
    void rename(std::size_t index, std::string name);  // throws std::invalid_argument on a taken or empty name
    void remove(std::size_t index);
    void clear();

    const std::vector<Variant>& all() const { return variants_; }
    std::size_t size() const { return variants_.size(); }
    bool full() const { return variants_.size() >= kMax; }
    // Moves on every keep, rename, remove and clear: the compare view rebuilds then.
    std::uint64_t revision() const { return revision_; }

private:
    std::vector<Variant> variants_;
    std::uint64_t revision_ = 0;
};

}  // namespace atelier::session
