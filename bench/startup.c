/* Start-up cost: this program linked with sel4rt, musl or glibc (see bench/run). */
#include "image.h"
