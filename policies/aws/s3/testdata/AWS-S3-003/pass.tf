variable "algorithm" {}

resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:key/abcd"
    }
  }
}

resource "aws_s3_bucket" "unknown" {
  bucket = "unknown"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "unknown" {
  bucket = aws_s3_bucket.unknown.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.algorithm
    }
  }
}

# No encryption configuration in the scan: it may live elsewhere, so this
# is only listed with --show-unknown.
resource "aws_s3_bucket" "elsewhere" {
  bucket = "elsewhere"
}
