resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

resource "aws_s3_bucket_public_access_block" "partial" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true # want: AWS-S3-001 col 29
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Two settings off: one finding naming both, at the one written false.
resource "aws_s3_bucket_public_access_block" "two_off" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true # want: AWS-S3-001 col 25
  restrict_public_buckets = true
}

# Three written false: one finding, at the first of them.
resource "aws_s3_bucket_public_access_block" "three_false" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true # want: AWS-S3-001 col 29
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Declaring the resource without arguments turns every protection off:
# one finding, at the block.
resource "aws_s3_account_public_access_block" "account" { # want: AWS-S3-001 col 1
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
