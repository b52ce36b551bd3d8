// C_Login of any PKCS#11 module, side by side with others on the same TPM: the median
// wall time of C_Login (CKU_USER) over ROUNDS rounds of C_Initialize, C_OpenSession,
// C_Login, C_Logout, C_Finalize on the first slot that has a token, and the TPM commands
// of each login where the module counts them (tpmvsc's diagnostic export). The module's
// own set-up (its TPM, its token) is the caller's: bench/login-side-by-side.sh makes both.
//   tpmvsc-bench-login MODULE ROUNDS          (the user PIN on standard input)
#include "Pkcs11Module.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

using tpmvsc::test::Pkcs11Module;

namespace {

bool ok(CK_RV rv, const char* call)
{
    if (rv != CKR_OK)
        std::fprintf(stderr, "%s: 0x%lx\n", call, static_cast<unsigned long>(rv));
    return rv == CKR_OK;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s MODULE ROUNDS (PIN on standard input)\n", argv[0]);
        return 2;
    }
    std::string pin;
    std::getline(std::cin, pin);
    const Pkcs11Module module(QString::fromLocal8Bit(argv[1]));
    if (!module.isLoaded()) {
        std::fprintf(stderr, "%s\n", qPrintable(module.errorString()));
        return 1;
    }
    const int rounds = std::max(1, std::atoi(argv[2]));
    std::vector<double> times;
    unsigned long long commands = 0;
    bool counted = true;
    for (int round = 0; round < rounds; ++round) {
        if (!ok(module->C_Initialize(nullptr), "C_Initialize"))
            return 1;
        CK_SLOT_ID slots[16];
        CK_ULONG count = 16;
        if (!ok(module->C_GetSlotList(CK_TRUE, slots, &count), "C_GetSlotList") || count == 0)
            return 1;
        CK_SESSION_HANDLE session = 0;
        if (!ok(module->C_OpenSession(slots[0], CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr,
                                      nullptr, &session),
                "C_OpenSession"))
            return 1;
        const std::optional<unsigned long long> before = module.tpmCommands();
        QElapsedTimer timer;
        timer.start();
        const CK_RV rv =
            module->C_Login(session, CKU_USER, reinterpret_cast<CK_UTF8CHAR*>(pin.data()),
                            static_cast<CK_ULONG>(pin.size()));
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        const std::optional<unsigned long long> after = module.tpmCommands();
        if (!ok(rv, "C_Login"))
            return 1;
        counted = counted && before && after;
        if (counted)
            commands = *after - *before;
        module->C_Logout(session);
        module->C_CloseSession(session);
        module->C_Finalize(nullptr);
    }
    std::sort(times.begin(), times.end());
    std::printf("C_Login: median %.2f ms (min %.2f, max %.2f) over %d rounds; TPM commands: %s\n",
                times[times.size() / 2], times.front(), times.back(), rounds,
                counted ? std::to_string(commands).c_str() : "not counted by this module");
    return 0;
}
