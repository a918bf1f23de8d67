variable "status" {}

resource "aws_s3_bucket" "models" {
  bucket = "model-artifacts"
}

resource "aws_s3_bucket_versioning" "models" {
  bucket = aws_s3_bucket.models.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "by_name" {
  bucket = "by-name"
}

resource "aws_s3_bucket_versioning" "by_name" {
  bucket = "by-name"

  versioning_configuration {
    status = var.status
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"

  versioning {
    enabled = true
  }
}

# No versioning resource in the scan: listed only with --show-unknown.
resource "aws_s3_bucket" "elsewhere" {
  bucket = "elsewhere"
}
