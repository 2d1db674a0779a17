#pragma once
// Everything a ring is made of: sizes, shanks and heads.

#include <design/Head.h>
#include <design/RingSize.h>
#include <design/Shank.h>
