variable "policy_arn" {}

resource "aws_iam_role_policy_attachment" "scoped" {
  role       = "sagemaker-exec"
  policy_arn = "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"
}

resource "aws_iam_user_policy_attachment" "unknown" {
  user       = "ci"
  policy_arn = var.policy_arn
}

resource "aws_iam_policy_attachment" "readonly" {
  name       = "readonly"
  roles      = ["auditor"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
