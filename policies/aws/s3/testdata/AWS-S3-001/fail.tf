resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

resource "aws_s3_bucket_public_access_block" "partial" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = false # want: AWS-S3-001 col 29
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Declaring the resource without arguments turns every protection off.
resource "aws_s3_account_public_access_block" "account" { # want: AWS-S3-001 col 1, AWS-S3-001 col 1, AWS-S3-001 col 1, AWS-S3-001 col 1
}
