#ifndef ENTENTE_CLIBEDIT_SHIM_H
#define ENTENTE_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
