# Training data buckets on AWS and Google Cloud for the same platform.
# Written for posture's examples; it contains deliberate misconfigurations.

resource "aws_s3_bucket" "training" {
  bucket = "contoso-training-data"
}

resource "aws_s3_bucket_public_access_block" "training" {
  bucket                  = aws_s3_bucket.training.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}

resource "google_storage_bucket" "eval_sets" {
  name                        = "contoso-eval-sets"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "model_artifacts" {
  name                        = "contoso-model-artifacts"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}
