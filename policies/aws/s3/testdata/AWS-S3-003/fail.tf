resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # want: AWS-S3-003 col 23
    }
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bucket_key_only" {
  bucket = aws_s3_bucket.data.id

  rule { # want: AWS-S3-003 col 3
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256" # want: AWS-S3-003 col 25
      }
    }
  }
}
