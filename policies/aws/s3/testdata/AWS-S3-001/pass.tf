resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

resource "aws_s3_bucket_public_access_block" "all_on" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# No public access block in the scan: listed only with --show-unknown.
resource "aws_s3_bucket" "elsewhere" {
  bucket = "elsewhere"
}
