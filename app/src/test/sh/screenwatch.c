/*
 * screenwatch: when did the studio's demo reach the X screen? (BENCHMARKS.md "Studio", session 5)
 *
 * The studio's own marks fire inside the JVM; what the user sees is what the X server holds. This polls the root
 * window (MIT-SHM when the server has it, so a poll costs a memory copy, not 6 MB through a socket) every INTERVAL
 * ms and counts pixels of three colours of the bundled demo: the medium mall's shop zones, the pipeline's stage
 * boxes and the "Run simulation" button. It prints the first time the window shows at all (any non-black pixel)
 * and exits when all three counts pass their thresholds and the mall is not larger than the fitted view; times are ms since T0_NS (CLOCK_REALTIME ns, e.g. the
 * launcher's start from `date +%s%N`).
 *
 * build: cc -O2 -o screenwatch screenwatch.c -lX11 -lXext
 * usage: DISPLAY=:97 screenwatch T0_NS [TIMEOUT_MS] [INTERVAL_MS]
 * With SCREENWATCH_TRACE=1 it prints the counts at every change until the timeout instead.
 * exit 0 when the demo was seen, 1 on timeout (the last counts are printed), 2 without a display.
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <time.h>
#include <unistd.h>

/* Colours as the demo draws them (studio.css and the canvas's floorplan palette), 0xRRGGBB. */
static const unsigned long MALL_ZONES[] = {0xC9D4C0, 0xD6D9C5};
static const unsigned long STAGE_BOX = 0x263238;
static const unsigned long RUN_BUTTON = 0x0969DA;
/* Counted on every other pixel of every other row, so a quarter of the on-screen areas: the fitted demo in a
 * 1600x1000 screen shows ~40,000 zone, ~8,000 stage and ~5,000 button pixels. */
static const long MALL_MIN = 4000, STAGE_MIN = 1000, RUN_MIN = 600;
/* More zone pixels than this is the plan drawn larger than the canvas (not fitted yet: the view jumps after). */
static const long MALL_MAX = 20000;

static long now_ms(long long t0) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (long) (((long long) ts.tv_sec * 1000000000LL + ts.tv_nsec - t0) / 1000000LL);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: screenwatch T0_NS [TIMEOUT_MS] [INTERVAL_MS]\n");
        return 2;
    }
    long long t0 = atoll(argv[1]);
    long timeout = argc > 2 ? atol(argv[2]) : 60000;
    long interval = argc > 3 ? atol(argv[3]) : 40;
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "screenwatch: cannot open display %s\n", getenv("DISPLAY") ? getenv("DISPLAY") : "(unset)");
        return 2;
    }
    int screen = DefaultScreen(dpy);
    Window root = RootWindow(dpy, screen);
    int w = DisplayWidth(dpy, screen), h = DisplayHeight(dpy, screen);
    XShmSegmentInfo shm;
    XImage *img = NULL;
    int use_shm = XShmQueryExtension(dpy);
    if (use_shm) {
        img = XShmCreateImage(dpy, DefaultVisual(dpy, screen), DefaultDepth(dpy, screen), ZPixmap, NULL, &shm, w, h);
        shm.shmid = shmget(IPC_PRIVATE, (size_t) img->bytes_per_line * img->height, IPC_CREAT | 0600);
        shm.shmaddr = img->data = shmat(shm.shmid, NULL, 0);
        shm.readOnly = False;
        XShmAttach(dpy, &shm);
        XSync(dpy, False);
        shmctl(shm.shmid, IPC_RMID, NULL); /* freed when both sides detach, even if we are killed */
    }
    long shown = -1, mall = 0, stages = 0, run = 0, polls = 0;
    long last = -1; /* SCREENWATCH_TRACE=1: every change of the counts, to see what the screen went through */
    int trace = getenv("SCREENWATCH_TRACE") != NULL;
    for (;;) {
        long t = now_ms(t0);
        if (use_shm) {
            XShmGetImage(dpy, root, img, 0, 0, AllPlanes);
        } else {
            if (img) XDestroyImage(img);
            img = XGetImage(dpy, root, 0, 0, w, h, AllPlanes, ZPixmap);
        }
        polls++;
        mall = stages = run = 0;
        long lit = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                unsigned long p = XGetPixel(img, x, y) & 0xFFFFFF;
                if (p) lit++;
                if (p == MALL_ZONES[0] || p == MALL_ZONES[1]) mall++;
                else if (p == STAGE_BOX) stages++;
                else if (p == RUN_BUTTON) run++;
            }
        }
        if (trace && mall + 7 * stages + 31 * run + 127 * (lit / 1000) != last) {
            last = mall + 7 * stages + 31 * run + 127 * (lit / 1000);
            printf("screenwatch t=%ld lit=%ld mall=%ld stages=%ld run=%ld\n", t, lit, mall, stages, run);
            fflush(stdout);
        }
        if (shown < 0 && lit > 1000) {
            shown = t;
            printf("screenwatch window_on_screen=%ld\n", t);
            fflush(stdout);
        }
        if (mall >= MALL_MIN && mall <= MALL_MAX && stages >= STAGE_MIN && run >= RUN_MIN && !trace) {
            printf("screenwatch demo_on_screen=%ld mall=%ld stages=%ld run=%ld polls=%ld\n", t, mall, stages, run, polls);
            return 0;
        }
        if (t > timeout) {
            printf("screenwatch timeout=%ld mall=%ld stages=%ld run=%ld polls=%ld\n", t, mall, stages, run, polls);
            return 1;
        }
        usleep((useconds_t) interval * 1000);
    }
}
