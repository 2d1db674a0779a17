// SHA-256 against the FIPS 180-4 examples (NIST CSRC "Examples with
// Intermediate Values", SHA256.pdf and SHA2_Additional.pdf), and the price
// book's fingerprint: the hash of the exact bytes it was parsed from.

#include <catch2/catch.hpp>
#include <pricing/PriceBook.h>
#include <pricing/SampleBook.h>
#include <pricing/Sha256.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

using namespace atelier::pricing;

TEST_CASE("SHA-256 gives the FIPS 180-4 known answers", "[sha256]")
{
    // One block, two blocks (the padding spills), the empty message.
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                    "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    // One million 'a': many blocks.
    CHECK(sha256Hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // Lengths around the padding boundary (55, 56, 64 bytes; digests from Python hashlib).
    CHECK(sha256Hex(std::string(55, 'a')) ==
          "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256Hex(std::string(56, 'a')) ==
          "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256Hex(std::string(64, 'a')) ==
          "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("SHA-256 fed in pieces of any size gives the same digest", "[sha256]")
{
    std::string message;
    for (int i = 0; i < 1000; ++i) message += static_cast<char>(i * 7 + 3);
    const std::string whole = sha256Hex(message);
    for (std::size_t piece : {1u, 3u, 63u, 64u, 65u, 200u}) {
        Sha256 h;
        for (std::size_t at = 0; at < message.size(); at += piece)
            h.update(std::string_view(message).substr(at, piece));
        std::string hex;
        char buf[3];
        for (std::uint8_t b : h.finish()) {
            std::snprintf(buf, sizeof buf, "%02x", b);
            hex += buf;
        }
        INFO("pieces of " << piece);
        CHECK(hex == whole);
    }
}

TEST_CASE("a price book's fingerprint is the SHA-256 of its bytes", "[sha256][price-book]")
{
    const std::string path = std::string(ATELIER_SAMPLE_DIR) + "/../pricing/sample-price-book.json";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string text = bytes.str();
    REQUIRE(!text.empty());

    const PriceBook file = loadPriceBook(path);
    CHECK(file.sha256.size() == 64);
    CHECK(file.sha256 == sha256Hex(text));
    CHECK(samplePriceBook().sha256 == file.sha256); // the embedded copy is the same bytes
    // One byte more (a trailing space: the same prices) is another book.
    const PriceBook spaced = parsePriceBook(text + " ", "spaced.json");
    CHECK(spaced.name == file.name);
    CHECK(spaced.sha256 != file.sha256);
}
