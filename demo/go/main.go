// Health and metrics endpoints with net/http.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const maxBodyBytes = 1 << 20

func health(w http.ResponseWriter, r *http.Request) {
	if !db.Ready() {
		http.Error(w, "database not ready", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func createReport(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(405)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	var req reportRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func main() {
	http.HandleFunc("/health", health)
	http.HandleFunc("/reports", createReport)
	srv := &http.Server{Addr: ":8080", ReadTimeout: 500 * time.Millisecond, WriteTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
