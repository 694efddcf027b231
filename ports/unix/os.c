// The unix port's clocks, sleep and file-system hooks (obj/port.h) over POSIX.
#define _POSIX_C_SOURCE 200809L // clock_gettime, nanosleep, localtime_r, getcwd

#include "os.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

// ---- Clocks -------------------------------------------------------------------------------

static uint64_t timespec_ns(const struct timespec *spec) {
    return (uint64_t)spec->tv_sec * 1000000000u + (uint64_t)spec->tv_nsec;
}

uint64_t mn_unix_clock_ns(void *context, mn_clock_t clock) {
    (void)context;
    struct timespec now;
    clockid_t id = CLOCK_MONOTONIC;
#ifdef CLOCK_PROCESS_CPUTIME_ID
    if (clock == MN_CLOCK_CPU) {
        id = CLOCK_PROCESS_CPUTIME_ID;
    }
#else
    (void)clock;
#endif
    if (clock_gettime(id, &now) != 0) {
        return 0;
    }
    return timespec_ns(&now);
}

int64_t mn_unix_time_ns(void *context) {
    (void)context;
    struct timespec now;
    if (clock_gettime(CLOCK_REALTIME, &now) != 0) {
        return 0;
    }
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1..12).
static int64_t days_from_civil(int64_t year, int month, int day) {
    year -= month <= 2;
    int64_t era = (year >= 0 ? year : year - 399) / 400;
    int64_t year_of_era = year - era * 400;
    int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

static int64_t tm_seconds(const struct tm *tm) {
    return days_from_civil((int64_t)tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday) * 86400 +
           tm->tm_hour * 3600 + tm->tm_min * 60 + tm->tm_sec;
}

int32_t mn_unix_utc_offset(void *context, int64_t seconds) {
    (void)context;
    time_t when = (time_t)seconds;
    struct tm local, utc;
    if ((int64_t)when != seconds || localtime_r(&when, &local) == NULL ||
        gmtime_r(&when, &utc) == NULL) {
        return 0;
    }
    return (int32_t)(tm_seconds(&local) - tm_seconds(&utc));
}

void mn_unix_sleep_ns(void *context, uint64_t nanoseconds) {
    (void)context;
    struct timespec wait = {(time_t)(nanoseconds / 1000000000u), (long)(nanoseconds % 1000000000u)};
    struct timespec left;
    while (nanosleep(&wait, &left) != 0 && errno == EINTR) {
        wait = left;
    }
}

// ---- The file system ----------------------------------------------------------------------

static int result_of(int status) {
    return status == 0 ? 0 : errno != 0 ? -errno : -EIO;
}

static int os_stat(void *context, const char *path, int64_t fields[MN_STAT_FIELDS]) {
    (void)context;
    struct stat info;
    errno = 0;
    if (stat(path, &info) != 0) {
        return result_of(-1);
    }
    fields[MN_STAT_MODE] = (int64_t)info.st_mode;
    fields[MN_STAT_INO] = (int64_t)info.st_ino;
    fields[MN_STAT_DEV] = (int64_t)info.st_dev;
    fields[MN_STAT_NLINK] = (int64_t)info.st_nlink;
    fields[MN_STAT_UID] = (int64_t)info.st_uid;
    fields[MN_STAT_GID] = (int64_t)info.st_gid;
    fields[MN_STAT_SIZE] = (int64_t)info.st_size;
    fields[MN_STAT_ATIME] = (int64_t)info.st_atime;
    fields[MN_STAT_MTIME] = (int64_t)info.st_mtime;
    fields[MN_STAT_CTIME] = (int64_t)info.st_ctime;
    return 0;
}

static int os_remove(void *context, const char *path) {
    (void)context;
    errno = 0;
    return result_of(unlink(path));
}

static int os_rename(void *context, const char *from, const char *to) {
    (void)context;
    errno = 0;
    return result_of(rename(from, to));
}

static int os_mkdir(void *context, const char *path, int mode) {
    (void)context;
    errno = 0;
    return result_of(mkdir(path, (mode_t)mode));
}

static int os_rmdir(void *context, const char *path) {
    (void)context;
    errno = 0;
    return result_of(rmdir(path));
}

static int os_chdir(void *context, const char *path) {
    (void)context;
    errno = 0;
    return result_of(chdir(path));
}

static intptr_t os_getcwd(void *context, char *buffer, size_t capacity) {
    (void)context;
    errno = 0;
    if (getcwd(buffer, capacity) == NULL) {
        return result_of(-1);
    }
    return (intptr_t)strlen(buffer);
}

static int os_listdir(void *context, const char *path,
                      bool (*each)(void *each_context, const char *name), void *each_context) {
    (void)context;
    errno = 0;
    DIR *directory = opendir(path);
    if (directory == NULL) {
        return result_of(-1);
    }
    struct dirent *entry;
    int status = 0;
    for (;;) {
        errno = 0;
        entry = readdir(directory);
        if (entry == NULL) {
            status = result_of(errno != 0 ? -1 : 0);
            break;
        }
        const char *name = entry->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
            continue;
        }
        if (!each(each_context, name)) {
            break;
        }
    }
    closedir(directory);
    return status;
}

static int os_urandom(void *context, void *buffer, size_t length) {
    (void)context;
    errno = 0;
    FILE *source = fopen("/dev/urandom", "rb");
    if (source == NULL) {
        return result_of(-1);
    }
    size_t got = fread(buffer, 1, length, source);
    fclose(source);
    return got == length ? 0 : -EIO;
}

static const char *os_error_text(void *context, int error) {
    (void)context;
    return strerror(error);
}

const mn_os_port_t mn_unix_os = {
    .stat = os_stat,
    .remove = os_remove,
    .rename = os_rename,
    .mkdir = os_mkdir,
    .rmdir = os_rmdir,
    .chdir = os_chdir,
    .getcwd = os_getcwd,
    .listdir = os_listdir,
    .urandom = os_urandom,
    .error_text = os_error_text,
};
