/* Per-architecture thread-pointer access, chosen by the include path. */
#pragma once

#include <sel4runtime/thread_arch.h>
