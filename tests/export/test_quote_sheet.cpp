// The PDF quote sheet read back: a complete PDF of A4 pages, and its text (via
// poppler's pdftotext) shows the client the price, total and ready date and
// none of the cost lines forClient removes; the shop form shows them all.

#include <exporters/QuoteSheet.h>

#include <design/DesignFile.h>
#include <design/Measure.h>
#include <design/Piece.h>
#include <pricing/Money.h>
#include <pricing/Quote.h>
#include <pricing/SampleBook.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

using namespace atelier;
using Catch::Matchers::Contains;

namespace {

const pricing::Quote& shopQuote()
{
    static const pricing::Quote q = [] {
        const design::PieceSpec spec = design::defaultDesign();
        const design::Piece piece = design::buildPiece(spec);
        const design::Measurements m = design::measurePiece(spec, piece);
        pricing::QuoteOptions options;
        options.orderDate = pricing::Date{2027, 2, 1};
        return pricing::quote(spec, piece, m, pricing::samplePriceBook(), options);
    }();
    return q;
}

// A small picture: a vertical gradient, opaque.
exporters::Picture gradient(int w, int h)
{
    exporters::Picture p{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w * h * 4))};
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* px = &p.rgba[static_cast<std::size_t>((y * w + x) * 4)];
            px[0] = static_cast<std::uint8_t>(255 * x / w);
            px[1] = static_cast<std::uint8_t>(255 * y / h);
            px[2] = 128;
            px[3] = 255;
        }
    return p;
}

// "/Type /Page" objects, not "/Type /Pages".
int pageCount(const std::vector<std::uint8_t>& pdf)
{
    const std::string s(pdf.begin(), pdf.end());
    int n = 0;
    for (std::size_t at = s.find("/Type /Page"); at != std::string::npos; at = s.find("/Type /Page", at + 1))
        if (at + 11 >= s.size() || s[at + 11] != 's') ++n;
    return n;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// Runs of white space as one space, so a label wrapped over two lines still matches.
std::string squeezed(const std::string& s)
{
    return std::regex_replace(s, std::regex("\\s+"), " ");
}

bool havePdfToText() { return std::system("command -v pdftotext >/dev/null 2>&1") == 0; }

// The PDF's text via poppler's pdftotext (poppler-utils; scripts/setup installs it).
std::string pdfText(const std::vector<std::uint8_t>& pdf, const std::string& name)
{
    if (!havePdfToText()) FAIL("pdftotext is not installed: run scripts/setup (package poppler-utils)");
    const auto dir = std::filesystem::temp_directory_path() / "atelier_quote_sheet_test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / (name + ".pdf")).string();
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f);
        REQUIRE(std::fwrite(pdf.data(), 1, pdf.size(), f) == pdf.size());
        std::fclose(f);
    }
    std::string out;
    std::FILE* p = popen(("pdftotext -enc UTF-8 '" + path + "' - 2>&1").c_str(), "r");
    REQUIRE(p);
    std::array<char, 4096> buf;
    for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), p)) > 0;) out.append(buf.data(), n);
    REQUIRE(pclose(p) == 0);
    return squeezed(out);
}

void checkPdfFraming(const std::vector<std::uint8_t>& pdf)
{
    const std::string s(pdf.begin(), pdf.end());
    REQUIRE(s.size() > 1000);
    CHECK(s.rfind("%PDF-", 0) == 0);
    std::string tail = s.substr(s.size() - 8);
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r')) tail.pop_back();
    CHECK(tail.size() >= 5);
    CHECK(tail.substr(tail.size() - 5) == "%%EOF");
    // A4 portrait in points: 595.276 x 841.89.
    CHECK_THAT(s, Contains("/MediaBox [ 0 0 595.27"));
}

}  // namespace

TEST_CASE("quote sheet: a one-page A4 PDF with the picture", "[quote_sheet]")
{
    exporters::QuoteSheetOptions client;
    const std::vector<std::uint8_t> pdf = exporters::quoteSheetBytes(shopQuote(), gradient(64, 48), client);
    checkPdfFraming(pdf);
    CHECK(pageCount(pdf) == 1);
    const std::string s(pdf.begin(), pdf.end());
    CHECK_THAT(s, Contains("/Subtype /Image"));

    // No picture: still a sheet, with no image in it.
    const std::vector<std::uint8_t> bare = exporters::quoteSheetBytes(shopQuote(), {}, client);
    checkPdfFraming(bare);
    CHECK(std::string(bare.begin(), bare.end()).find("/Subtype /Image") == std::string::npos);

    exporters::Picture broken = gradient(8, 8);
    broken.rgba.resize(10);
    CHECK_THROWS_AS(exporters::quoteSheetBytes(shopQuote(), broken, client), std::invalid_argument);
}

TEST_CASE("quote sheet: the client form shows the total and ready date, never a cost line", "[quote_sheet]")
{
    const pricing::Quote& shop = shopQuote();
    const pricing::Quote client = pricing::forClient(shop);
    exporters::QuoteSheetOptions clientForm;
    const std::string text = pdfText(exporters::quoteSheetBytes(shop, {}, clientForm), "client");

    CHECK_THAT(text, Contains(pricing::formatMoney(shop.total_minor, shop.currency)));
    CHECK_THAT(text, Contains("Ready " + shop.leadTime.readyDate.format()));
    CHECK_THAT(text, Contains("Valid until " + shop.valid_until.format()));
    CHECK_THAT(text, Contains("SAMPLE PRICES"));  // the sample book is labelled
    CHECK_THAT(text, Contains(shop.priceBookName));
    // Quote integrity: the book's hash, and its order date is past the book's validity.
    CHECK_THAT(text, Contains("sha256 " + shop.priceBookHash.substr(0, 12)));
    REQUIRE(shop.stale);
    CHECK_THAT(text, Contains("Stale prices"));
    CHECK(text.find("SHOP COPY") == std::string::npos);

    // Every line forClient removes: neither its words nor its amount appear.
    std::vector<std::string> shown;
    for (const pricing::QuoteLine& l : client.lines) shown.push_back(pricing::formatMoney(l.amount_minor, shop.currency));
    shown.push_back(pricing::formatMoney(shop.total_minor, shop.currency));
    int removed = 0;
    for (const pricing::QuoteLine& line : shop.lines) {
        const bool kept = std::any_of(client.lines.begin(), client.lines.end(),
                                      [&](const pricing::QuoteLine& c) { return c.label == line.label; });
        if (kept) continue;
        ++removed;
        INFO(line.label);
        CHECK(lower(text).find(lower(squeezed(line.label))) == std::string::npos);
        const std::string amount = pricing::formatMoney(line.amount_minor, shop.currency);
        if (std::find(shown.begin(), shown.end(), amount) == shown.end())
            CHECK(text.find(amount) == std::string::npos);
    }
    CHECK(removed >= 4);  // metal, loss, stone, labour, markup at least
    // The words the CLI's client check forbids (tests/CMakeLists.txt, app.quote_client_text).
    CHECK_FALSE(std::regex_search(text, std::regex("markup|labour|[0-9]/g|/ct|[0-9]/h|loss", std::regex::icase)));
}

TEST_CASE("quote sheet: the shop form shows every line and the routing", "[quote_sheet]")
{
    const pricing::Quote& shop = shopQuote();
    exporters::QuoteSheetOptions shopForm;
    shopForm.client = false;
    shopForm.shopName = "Maison Test";
    const std::vector<std::uint8_t> pdf = exporters::quoteSheetBytes(shop, gradient(32, 32), shopForm);
    checkPdfFraming(pdf);
    const std::string text = pdfText(pdf, "shop");
    CHECK_THAT(text, Contains("Maison Test"));
    CHECK_THAT(text, Contains("SHOP COPY"));
    for (const pricing::QuoteLine& line : shop.lines) {
        INFO(line.label);
        CHECK(lower(text).find(lower(squeezed(line.label))) != std::string::npos);
        CHECK_THAT(text, Contains(pricing::formatMoney(line.amount_minor, shop.currency)));
    }
    CHECK_THAT(text, Contains(pricing::formatMoney(shop.total_minor, shop.currency)));
    for (const pricing::ProcessStep& step : shop.routing) {
        INFO(step.label);
        CHECK_THAT(text, Contains(std::to_string(step.labourMinutes) + " min"));
        CHECK_THAT(text, Contains(pricing::formatMoney(step.costMinor, shop.currency)));
    }
}

TEST_CASE("quote sheet: written atomically; a bad path names itself", "[quote_sheet]")
{
    const auto dir = std::filesystem::temp_directory_path() / "atelier_quote_sheet_write";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "quote.pdf").string();
    exporters::QuoteSheetOptions client;
    exporters::writeQuoteSheet(path, shopQuote(), gradient(16, 16), client);
    CHECK(std::filesystem::file_size(path) > 1000);
    std::filesystem::remove_all(dir);
    CHECK_THROWS_WITH(exporters::writeQuoteSheet("/no_such_dir/quote.pdf", shopQuote(), {}, client),
                      Contains("/no_such_dir/quote.pdf"));
}
