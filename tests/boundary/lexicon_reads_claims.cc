// Must not compile: lexicons come before claims, and know nothing of them.
#include "claims/claims.h"
