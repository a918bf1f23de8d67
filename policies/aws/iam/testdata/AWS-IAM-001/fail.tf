resource "aws_iam_policy" "admin" {
  name = "pipeline-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::training-data/*" },
      { Sid = "Everything", Effect = "Allow", Action = ["*"], Resource = "*" }, # want: AWS-IAM-001 col 57
    ]
  })
}

resource "aws_iam_role" "agent" {
  name               = "bedrock-agent"
  assume_role_policy = "{}"

  inline_policy {
    name   = "all"
    policy = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": [\"*\"]}}" # want: AWS-IAM-001 col 14
  }
}

resource "aws_iam_group_policy" "heredoc" {
  group  = "ops"
  policy = trimspace( # want: AWS-IAM-001 col 12
    <<-JSON
    {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
    JSON
  )
}

# aws_iam_policy_document is computed as the provider computes it, here
# from a source document and an override.
data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "admin" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "Read"
    actions   = ["*"] # want: AWS-IAM-001 col 18
    resources = ["*"]
  }
}

resource "aws_iam_policy" "from_document" {
  policy = data.aws_iam_policy_document.admin.json
}
