resource "aws_s3_bucket" "models" {
  bucket = "model-artifacts"
}

resource "aws_s3_bucket_versioning" "models" {
  bucket = aws_s3_bucket.models.id

  versioning_configuration {
    status = "Suspended" # want: AWS-S3-004 col 14
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"

  versioning {
    enabled = false # want: AWS-S3-004 col 15
  }
}
