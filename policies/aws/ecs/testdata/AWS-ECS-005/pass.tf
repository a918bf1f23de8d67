resource "aws_ecs_task_definition" "trainer" {
  family                = "trainer"
  container_definitions = jsonencode([{ name = "trainer", image = "trainer:1" }])

  volume {
    name = "datasets"

    efs_volume_configuration {
      file_system_id     = "fs-0a1b2c3d"
      transit_encryption = "ENABLED"
    }
  }

  volume {
    name      = "scratch"
    host_path = "/scratch"
  }
}
