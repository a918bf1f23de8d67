resource "aws_iam_role_policy" "pipeline" {
  role = "pipeline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "PassAny", Effect = "Allow", Action = "iam:PassRole", Resource = "*" }, # want: AWS-IAM-004 col 80
      { Sid = "PassNoService", Effect = "Allow", Action = "iam:Pass*", Resource = "arn:aws:iam::123456789012:role/sagemaker-exec" }, # want: AWS-IAM-004 col 7
    ]
  })
}

resource "aws_iam_policy" "escalate" {
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"], Resource = "*" }] # want: AWS-IAM-004 col 118
  })
}

# The resource is unknown until apply, but the statement has no
# iam:PassedToService condition at all: that is known.
variable "role_arn" {}

data "aws_iam_policy_document" "pass" {
  statement { # want: AWS-IAM-004 col 3
    actions   = ["iam:PassRole"]
    resources = [var.role_arn]
  }
}

resource "aws_iam_role_policy" "from_document" {
  role   = "pipeline"
  policy = data.aws_iam_policy_document.pass.json
}
