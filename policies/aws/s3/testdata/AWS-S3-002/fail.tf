resource "aws_s3_bucket" "datasets" {
  bucket = "public-datasets"
}

resource "aws_s3_bucket_policy" "public" {
  bucket = aws_s3_bucket.datasets.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { # want: AWS-S3-002 col 7
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::public-datasets/*"
      },
      {
        Sid       = "TlsOnly"
        Effect    = "Allow"
        Principal = { AWS = ["*"] }
        Action    = "s3:ListBucket"
        Resource  = "arn:aws:s3:::public-datasets"
        Condition = { Bool = { "aws:SecureTransport" = "true" } } # want: AWS-S3-002 col 21
      },
    ]
  })
}

resource "aws_s3_bucket_acl" "canned" {
  bucket = aws_s3_bucket.datasets.id
  acl    = "public-read" # want: AWS-S3-002 col 12
}

resource "aws_s3_bucket_acl" "grant" {
  bucket = aws_s3_bucket.datasets.id

  access_control_policy {
    owner {
      id = "abc"
    }

    grant {
      permission = "READ"
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # want: AWS-S3-002 col 16
      }
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy-models"
  acl    = "authenticated-read" # want: AWS-S3-002 col 12
}

data "aws_iam_policy_document" "public" {
  statement { # want: AWS-S3-002 col 3
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.datasets.arn}/*"]
  }
}

resource "aws_s3_bucket_policy" "from_document" {
  bucket = aws_s3_bucket.datasets.id
  policy = data.aws_iam_policy_document.public.json
}
