package scan

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the shared real-world corpus beside the repository; the
// benchmarks that need it skip when it is absent.
func corpusDir(b *testing.B) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "corpus"))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("corpus not found at %s", dir)
	}
	return dir
}

// BenchmarkScanCorpus scans the whole shared corpus with the full
// catalogue: the last row of the README's performance table.
func BenchmarkScanCorpus(b *testing.B) {
	dir := corpusDir(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rep, err := Run(context.Background(), Options{Paths: []string{dir}, WorkDir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(rep.Stats.Files), "files")
			b.ReportMetric(float64(rep.Stats.Resources), "resources")
			b.ReportMetric(float64(len(rep.Findings)), "findings")
		}
	}
}

// BenchmarkScanOneFile is a pre-commit run: one Terraform file, startup
// included, the first row of the README's performance table.
func BenchmarkScanOneFile(b *testing.B) {
	dir := b.TempDir()
	tf := `resource "azurerm_storage_account" "docs" {
  name                     = "stdocs"
  resource_group_name      = "rg"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0"
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Run(context.Background(), Options{Paths: []string{"main.tf"}, WorkDir: dir}); err != nil {
			b.Fatal(err)
		}
	}
}
