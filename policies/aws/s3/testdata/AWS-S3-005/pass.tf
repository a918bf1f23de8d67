variable "target" {}

resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "access-logs"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "training-data/"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"

  logging {
    target_bucket = aws_s3_bucket.logs.id
  }
}

resource "aws_s3_bucket_logging" "unknown" {
  bucket        = "eval-sets"
  target_bucket = var.target
}

# No logging resource in the scan: listed only with --show-unknown.
resource "aws_s3_bucket" "elsewhere" {
  bucket = "elsewhere"
}
