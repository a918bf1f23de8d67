resource "google_vertex_ai_dataset" "train" { # want: GCP-VAI-007 col 1
  display_name        = "train"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/text_1.0.0.yaml"
  region              = "europe-west4"
}

resource "google_vertex_ai_featurestore" "features" {
  name   = "features"
  region = "europe-west4"

  encryption_spec {
    kms_key_name = "" # want: GCP-VAI-007 col 20
  }
}

resource "google_vertex_ai_tensorboard" "runs" { # want: GCP-VAI-007 col 1
  display_name = "runs"
  region       = "europe-west4"
}
