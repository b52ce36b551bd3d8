// Child process of test_pkcs11_loader, without Qt of its own so that /proc/self/maps
// shows what loading the module brought in:
//   pkcs11_loader_probe list MODULE [CARD_FILE]
//     loads MODULE, C_Initialize, C_GetSlotList, then tells the slots and whether Qt and
//     the implementation are mapped; with CARD_FILE it then copies that card into the
//     store ($TPMVSC_HOME/cards/) and lists again from four threads at once;
//   pkcs11_loader_probe rules MODULE
//     prints the return values of a fixed run of calls (argument checks, the
//     not-initialized rules, fork, unloading), for the test to compare between two
//     modules.
// One "name value" line per fact.
#include <p11-kit/pkcs11.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

CK_FUNCTION_LIST* p11 = nullptr;

void say(const char* name, unsigned long value)
{
    std::printf("%s %lu\n", name, value);
    std::fflush(stdout);
}

bool mapped(const char* fileName)
{
    std::ifstream maps("/proc/self/maps");
    const std::string all{std::istreambuf_iterator<char>(maps), {}};
    return all.find(fileName) != std::string::npos;
}

void sayMaps()
{
    say("qt", mapped("libQt6Core.so"));
    say("implementation", mapped("libtpmvsc-pkcs11-impl.so"));
}

CK_ULONG slotCount(CK_RV* rv)
{
    CK_ULONG count = 0;
    *rv = p11->C_GetSlotList(CK_FALSE, nullptr, &count);
    return count;
}

// Copies the card file into <store>/cards/ as CardStore keeps it (folders 0700, 0600).
bool addCard(const char* cardFile)
{
    const char* home = std::getenv("TPMVSC_HOME");
    if (!home)
        return false;
    const std::string cards = std::string(home) + "/cards";
    ::mkdir(home, 0700);
    ::mkdir(cards.c_str(), 0700);
    std::ifstream in(cardFile, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    const std::string target = cards + "/" + std::string(std::strrchr(cardFile, '/') + 1);
    const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, bytes.data(), bytes.size()) == ssize_t(bytes.size());
    return ::close(fd) == 0 && ok && !bytes.empty();
}

int list(const char* cardFile)
{
    say("initialize", p11->C_Initialize(nullptr));
    CK_RV rv = CKR_OK;
    say("slots", slotCount(&rv));
    say("slotlist", rv);
    sayMaps();
    if (cardFile) {
        say("added", addCard(cardFile));
        // The first call after the card appeared loads the implementation: from four
        // threads at once, every one must get the slot.
        std::vector<std::thread> threads;
        CK_RV rvs[4] = {};
        CK_ULONG counts[4] = {};
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&, i] { counts[i] = slotCount(&rvs[i]); });
        for (std::thread& t : threads)
            t.join();
        bool same = true;
        for (int i = 1; i < 4; ++i)
            same = same && rvs[i] == rvs[0] && counts[i] == counts[0];
        say("slots", counts[0]);
        say("slotlist", rvs[0]);
        say("threads agree", same);
        sayMaps();
    }
    say("finalize", p11->C_Finalize(nullptr));
    return 0;
}

// C_Initialize in a child after fork(): the parent's initialisation is not the child's.
void forkCheck(const char* name)
{
    std::fflush(stdout);
    const pid_t child = ::fork();
    if (child == 0) {
        CK_RV rv = CKR_OK;
        slotCount(&rv);
        const CK_RV before = rv;
        const CK_RV init = p11->C_Initialize(nullptr);
        slotCount(&rv);
        // One code for the three: the parent prints it.
        ::_exit(before == CKR_CRYPTOKI_NOT_INITIALIZED && init == CKR_OK && rv == CKR_OK ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    say(name, WIFEXITED(status) ? WEXITSTATUS(status) : 255);
}

int rules()
{
    CK_RV rv = CKR_OK;
    CK_INFO info;
    CK_SLOT_INFO slotInfo;
    CK_SESSION_HANDLE session = 0;
    CK_SLOT_ID slots[4];
    CK_ULONG count = 0;
    int reserved = 0;
    say("getinfo before", p11->C_GetInfo(&info));
    slotCount(&rv);
    say("slotlist before", rv);
    say("finalize before", p11->C_Finalize(nullptr));
    say("finalize reserved before", p11->C_Finalize(&reserved));
    say("slotinfo before", p11->C_GetSlotInfo(0, &slotInfo));
    say("opensession before",
        p11->C_OpenSession(0, CKF_SERIAL_SESSION, nullptr, nullptr, &session));

    CK_C_INITIALIZE_ARGS args = {};
    args.pReserved = &reserved;
    say("initialize reserved", p11->C_Initialize(&args));
    args = {};
    args.CreateMutex = [](void**) -> CK_RV { return CKR_OK; };
    say("initialize some callbacks", p11->C_Initialize(&args));
    args.DestroyMutex = [](void*) -> CK_RV { return CKR_OK; };
    args.LockMutex = [](void*) -> CK_RV { return CKR_OK; };
    args.UnlockMutex = [](void*) -> CK_RV { return CKR_OK; };
    say("initialize own locks", p11->C_Initialize(&args));
    args.flags = CKF_OS_LOCKING_OK;
    say("initialize os locks", p11->C_Initialize(&args));
    say("initialize again", p11->C_Initialize(nullptr));

    say("getinfo null", p11->C_GetInfo(nullptr));
    std::memset(&info, 0xa5, sizeof info);
    say("getinfo", p11->C_GetInfo(&info));
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(&info);
    unsigned long sum = 0;
    for (std::size_t i = 0; i < sizeof info; ++i)
        sum = sum * 31 + bytes[i];
    say("getinfo bytes", sum);
    std::printf("getinfo text %.32s|%.32s|%u.%u|%u.%u|%lu\n", info.manufacturerID,
                info.libraryDescription, info.cryptokiVersion.major, info.cryptokiVersion.minor,
                info.libraryVersion.major, info.libraryVersion.minor, info.flags);

    say("slotlist null count", p11->C_GetSlotList(CK_TRUE, nullptr, nullptr));
    count = 7;
    say("slotlist size", p11->C_GetSlotList(CK_TRUE, nullptr, &count));
    say("slotlist size count", count);
    count = 0;
    say("slotlist buffer 0", p11->C_GetSlotList(CK_FALSE, slots, &count));
    say("slotlist buffer 0 count", count);
    count = 4;
    say("slotlist buffer 4", p11->C_GetSlotList(CK_FALSE, slots, &count));
    say("slotlist buffer 4 count", count);
    forkCheck("fork child initializes");
    slotCount(&rv);
    say("slotlist after fork", rv);

    say("finalize reserved", p11->C_Finalize(&reserved));
    say("finalize", p11->C_Finalize(nullptr));
    say("finalize again", p11->C_Finalize(nullptr));
    slotCount(&rv);
    say("slotlist after finalize", rv);

    // A card function: the loader hands over to the implementation here.
    say("initialize", p11->C_Initialize(nullptr));
    say("slotinfo", p11->C_GetSlotInfo(0, &slotInfo));
    say("opensession", p11->C_OpenSession(0, CKF_SERIAL_SESSION, nullptr, nullptr, &session));
    slotCount(&rv);
    say("slotlist", rv);
    forkCheck("fork child initializes, implementation");
    say("finalize", p11->C_Finalize(nullptr));
    say("finalize again", p11->C_Finalize(nullptr));
    say("getinfo after", p11->C_GetInfo(&info));
    // Left initialised: unloading the module must end that, as the host expects when it
    // loads the module again (main).
    say("initialize after", p11->C_Initialize(nullptr));
    return 0;
}

// Loads the module again after dlclose: it must be uninitialised.
int reload(const char* module)
{
    void* handle = ::dlopen(module, RTLD_NOW | RTLD_LOCAL);
    const auto getFunctionList =
        handle ? reinterpret_cast<CK_C_GetFunctionList>(::dlsym(handle, "C_GetFunctionList"))
               : nullptr;
    if (!getFunctionList || getFunctionList(&p11) != CKR_OK)
        return 1;
    say("initialize after reload", p11->C_Initialize(nullptr));
    say("finalize after reload", p11->C_Finalize(nullptr));
    ::dlclose(handle);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
        return 2;
    void* handle = ::dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        std::printf("dlopen %s\n", ::dlerror());
        return 1;
    }
    const auto getFunctionList =
        reinterpret_cast<CK_C_GetFunctionList>(::dlsym(handle, "C_GetFunctionList"));
    if (!getFunctionList || getFunctionList(&p11) != CKR_OK)
        return 1;
    say("functionlist null", getFunctionList(nullptr));
    const std::string mode = argv[1];
    const int status = mode == "list"    ? list(argc > 3 ? argv[3] : nullptr)
                       : mode == "rules" ? rules()
                                         : 2;
    ::dlclose(handle);
    return status == 0 && mode == "rules" ? reload(argv[2]) : status;
}
