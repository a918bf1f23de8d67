variable "actions" {}

resource "aws_iam_role_policy" "scoped" {
  role = "notebook"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::training-data/*" },
      { Effect = "Deny", Action = "*", Resource = "*" },
    ]
  })
}

# Unknown until apply: not evaluated.
resource "aws_iam_policy" "unknown" {
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]
  })
}

# Built from a data source, with one statement naming another resource's
# ARN (unknown until apply): the known statement is judged, and passes.
resource "aws_s3_bucket" "data" {
  bucket = "training-data"
}

data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["*"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
  }
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_document" {
  policy = data.aws_iam_policy_document.reader.json
}
