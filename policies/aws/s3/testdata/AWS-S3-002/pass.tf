variable "principal" {}

resource "aws_s3_bucket" "models" {
  bucket = "models"
}

resource "aws_s3_bucket_policy" "restricted" {
  bucket = aws_s3_bucket.models.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::models/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } }
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "arn:aws:s3:::models/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/sagemaker-exec" }
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::models/*"
      },
    ]
  })
}

resource "aws_s3_bucket_policy" "unknown" {
  bucket = aws_s3_bucket.models.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = var.principal, Action = "s3:GetObject", Resource = "arn:aws:s3:::models/*" }]
  })
}

resource "aws_s3_bucket_acl" "private" {
  bucket = aws_s3_bucket.models.id
  acl    = "private"
}

variable "vpce" {}

# Principal "*" restricted by a condition whose endpoint, or whole
# condition, is unknown until apply: not reported.
data "aws_iam_policy_document" "vpce_only" {
  statement {
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.models.arn}/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = [var.vpce]
    }
  }
}

resource "aws_s3_bucket_policy" "from_document" {
  bucket = aws_s3_bucket.models.id
  policy = data.aws_iam_policy_document.vpce_only.json
}

resource "aws_s3_bucket_policy" "unknown_condition" {
  bucket = aws_s3_bucket.models.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::models/*", Condition = var.conditions }]
  })
}

variable "conditions" {}
