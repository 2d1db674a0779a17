#pragma once
// SHA-256 (FIPS 180-4), for the price book's fingerprint: a quote records the
// hash of the exact bytes its book was read from, so two quotes can be shown
// to come from the same prices. Not for secrets (no constant-time claims).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace atelier::pricing {

class Sha256 {
public:
    Sha256();
    // Appends bytes; any number of calls, any sizes.
    void update(std::string_view bytes);
    // The 32-byte digest of everything appended. The object is spent afterwards:
    // construct a new one for another message.
    std::array<std::uint8_t, 32> finish();

private:
    void block(const std::uint8_t* p);

    std::array<std::uint32_t, 8> h_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t lengthBytes_ = 0;
};

// The digest of `bytes` as 64 lowercase hexadecimal digits.
std::string sha256Hex(std::string_view bytes);

}  // namespace atelier::pricing
