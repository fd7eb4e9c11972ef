from pyspark.ml.classification import LogisticRegression
from pyspark.ml.feature import StandardScaler
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("train").getOrCreate()
data = spark.read.parquet("churn_features.parquet")
train, test = data.randomSplit([0.8, 0.2], seed=42)
scaler = StandardScaler(inputCol="raw_features", outputCol="features").fit(train)
model = LogisticRegression(featuresCol="features", labelCol="churn").fit(scaler.transform(train))
print(model.evaluate(scaler.transform(test)).areaUnderROC)
