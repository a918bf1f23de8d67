variable "key" {}

resource "google_vertex_ai_dataset" "train" {
  display_name        = "train"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/text_1.0.0.yaml"
  region              = "europe-west4"

  encryption_spec {
    kms_key_name = "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k"
  }
}

resource "google_vertex_ai_metadata_store" "lineage" {
  name   = "lineage"
  region = "europe-west4"

  encryption_spec {
    kms_key_name = var.key
  }
}
