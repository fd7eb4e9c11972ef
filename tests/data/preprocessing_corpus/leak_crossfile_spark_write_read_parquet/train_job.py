from pyspark.ml.classification import LogisticRegression
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("train").getOrCreate()
data = spark.read.parquet("churn_features.parquet")
train, test = data.randomSplit([0.8, 0.2], seed=42)
model = LogisticRegression(featuresCol="features", labelCol="churn").fit(train)
print(model.evaluate(test).areaUnderROC)
