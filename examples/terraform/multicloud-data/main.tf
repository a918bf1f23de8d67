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

# The training job's role. Its policy names the bucket's ARN, known only
# after apply: posture still judges the statements around it.
data "aws_iam_policy_document" "training_job" {
  statement {
    sid       = "ReadTrainingData"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.training.arn, "${aws_s3_bucket.training.arn}/*"]
  }
  statement {
    sid       = "HandOverRoles"
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "training_job" {
  name   = "training-job"
  policy = data.aws_iam_policy_document.training_job.json
}

# The Vertex AI pipeline's service account, granted a basic role.
resource "google_service_account" "pipeline" {
  account_id = "vertex-pipeline"
}

resource "google_project_iam_member" "pipeline" {
  project = "contoso-ml"
  role    = "roles/editor"
  member  = "serviceAccount:${google_service_account.pipeline.email}"
}
