// The floor under any whole-corpus run: read every file named on the command
// line (open, read, close), on as many threads as there are cores, and count
// its lines so the reads cannot be skipped. Nothing is parsed or linted.
// bench/peers.sh times it next to dflint and the peers: no tool that reads the
// files can be faster than this.
//   read_floor [-j N] FILE...
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    int first = 1;
    if (argc > 2 && std::strcmp(argv[1], "-j") == 0) {
        threads = static_cast<unsigned>(std::max(1, std::atoi(argv[2])));
        first = 3;
    }
    const std::vector<const char*> files(argv + first, argv + argc);
    std::atomic<std::size_t> next{0}, lines{0}, failed{0};
    auto work = [&] {
        std::string buffer(1 << 20, '\0');
        std::size_t count = 0;
        for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
            const int fd = ::open(files[i], O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                failed.fetch_add(1);
                continue;
            }
            for (ssize_t n; (n = ::read(fd, buffer.data(), buffer.size())) > 0;)
                for (ssize_t k = 0; k < n; ++k) count += buffer[static_cast<std::size_t>(k)] == '\n';
            ::close(fd);
        }
        lines.fetch_add(count);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    std::printf("%zu files, %zu lines, %zu unreadable, %u threads\n", files.size(), lines.load(), failed.load(), threads);
    return failed.load() == 0 ? 0 : 1;
}
