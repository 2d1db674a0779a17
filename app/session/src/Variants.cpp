#include <session/Variants.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace atelier::session {

namespace {

bool taken(const std::vector<Variant>& variants, const std::string& name, std::size_t except)
{
    for (std::size_t i = 0; i < variants.size(); ++i)
        if (i != except && variants[i].name == name) return true;
    return false;
}

void checkIndex(std::size_t index, std::size_t size)
{
    if (index >= size)
        throw std::out_of_range("variant " + std::to_string(index + 1) + " does not exist; there are " +
                                std::to_string(size));
}

}  // namespace

const Variant& Variants::keep(const design::PieceSpec& spec, std::string name)
{
    if (full())
        throw std::length_error("four variants are kept already; remove one to keep another");
    if (name.empty()) {
        // "Variant N": N counts from the new variant's place, skipping names in use.
        for (std::size_t n = variants_.size() + 1;; ++n) {
            name = "Variant " + std::to_string(n);
            if (!taken(variants_, name, variants_.size())) break;
        }
    } else if (taken(variants_, name, variants_.size())) {
        throw std::invalid_argument("a variant named \"" + name + "\" is kept already; choose another name");
    }
    variants_.push_back(Variant{std::move(name), spec});
    ++revision_;
    return variants_.back();
}

void Variants::rename(std::size_t index, std::string name)
{
    checkIndex(index, variants_.size());
    if (name.empty()) throw std::invalid_argument("a variant needs a name");
    if (taken(variants_, name, index))
        throw std::invalid_argument("a variant named \"" + name + "\" is kept already; choose another name");
    variants_[index].name = std::move(name);
    ++revision_;
}

void Variants::remove(std::size_t index)
{
    checkIndex(index, variants_.size());
    variants_.erase(variants_.begin() + static_cast<std::ptrdiff_t>(index));
    ++revision_;
}

void Variants::clear()
{
    variants_.clear();
    ++revision_;
}

}  // namespace atelier::session
