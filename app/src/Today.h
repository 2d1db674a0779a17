#pragma once
// The shop's local date: a quote is dated the day it is written. Kept in app/
// because design/ and pricing/ read no clocks (they stay deterministic).

#include <pricing/Date.h>

#include <ctime>

namespace atelier::app {

inline pricing::Date today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return pricing::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace atelier::app
