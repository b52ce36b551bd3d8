// Child process of test_memory_secrets: logs into a card the way the programs do, holds
// the session, says "ready" and waits to be dumped and killed. It does not call
// disableCoreDumps(): the test needs its core file to look for secrets in it.
//   memory_helper STORE INSTANCE protected|exposed   (PIN on stdin; TPM: $TPMVSC_TCTI)
// "exposed" also keeps plain heap copies of the card secret and the PIN's authValue, so
// the test can show that its search finds them when they are not protected.
#include "core/card/CardSecrets.h"
#include "core/card/CardService.h"
#include "core/card/CardSession.h"
#include "core/store/CardStore.h"
#include "core/tpm/Tpm.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <openssl/crypto.h>
#include <string>
#include <unistd.h>

using namespace tpmvsc;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const bool exposed = std::string(argv[3]) == "exposed";
    std::string line;
    std::getline(std::cin, line);
    Secret pin(line.data(), line.size());
    OPENSSL_cleanse(line.data(), line.size());

    CardStore store(QString::fromLocal8Bit(argv[1]));
    Tpm tpm(TpmOptions{qEnvironmentVariable("TPMVSC_TCTI"), false, {}}, QString());
    CardService service(tpm, store);
    const int instance = std::atoi(argv[2]);
    std::unique_ptr<CardSession> session = service.openSession(instance, pin);

    QByteArray plainSecret;
    QByteArray plainAuth;
    if (exposed) {
        const Secret& secret = session->cardSecret();
        plainSecret = QByteArray(reinterpret_cast<const char*>(secret.data()),
                                 static_cast<qsizetype>(secret.size()));
        const Secret auth = pinAuthValue(store.load(instance).cardId, pin);
        plainAuth = QByteArray(reinterpret_cast<const char*>(auth.data()),
                               static_cast<qsizetype>(auth.size()));
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    // Until the test kills us: the session and its secrets stay in memory meanwhile.
    char c = 0;
    while (::read(0, &c, 1) > 0) {
    }
    ::pause();
    return plainSecret.size() + plainAuth.size() > 0 ? 0 : 1;
}
