resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

resource "aws_s3_bucket_logging" "self" { # want: AWS-S3-005 col 1
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.data.id
  target_prefix = "log/"
}

resource "aws_s3_bucket_logging" "by_name" { # want: AWS-S3-005 col 1
  bucket        = "eval-sets"
  target_bucket = "eval-sets"
}
