// Command ferretdb runs the embedded FerretDB 1.24.2 that the app and the tests use when MONGODB_URI is
// unset. It wraps FerretDB's embeddable package rather than its own command because the upstream command,
// built with `go install`, panics on its missing generated version file; this module pins the same version.
//
// It takes the upstream flag names that matter here, prints the MongoDB URI once it listens (so the
// caller can ask for port 0 and never race for a free port), and exits when its parent process dies, so
// a killed `npm start` never leaves a database holding the data folder.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	handler := flag.String("handler", "sqlite", "backend handler: sqlite")
	sqliteURL := flag.String("sqlite-url", "file:.data/ferretdb/", "SQLite directory URI")
	listenAddr := flag.String("listen-addr", "127.0.0.1:0", "TCP address to listen on (port 0 picks a free one)")
	stateDir := flag.String("state-dir", "", "kept for flag compatibility with the upstream command")
	telemetry := flag.String("telemetry", "disable", "kept for flag compatibility; telemetry is always off")
	debugAddr := flag.String("debug-addr", "-", "kept for flag compatibility; no debug listener is started")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()
	_, _, _ = stateDir, telemetry, debugAddr

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb: bad --log-level:", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listenAddr},
		Handler:   *handler,
		SQLiteURL: *sqliteURL,
		Logger:    logger,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	go exitWithParent(cancel)

	done := make(chan struct{})
	go func() {
		_ = f.Run(ctx)
		close(done)
	}()

	// The listener is bound once New returns; the URI carries the real port.
	fmt.Println("MONGODB_URI=" + f.MongoDBURI())
	<-done
}

// exitWithParent cancels when the process that started us is gone (we are re-parented).
func exitWithParent(cancel context.CancelFunc) {
	parent := os.Getppid()
	for range time.Tick(time.Second) {
		if os.Getppid() != parent {
			cancel()
			return
		}
	}
}
