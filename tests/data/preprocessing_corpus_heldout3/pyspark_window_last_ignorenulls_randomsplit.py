from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from pyspark.ml.feature import VectorAssembler
from pyspark.ml.regression import GBTRegressor
from pyspark.ml.evaluation import RegressionEvaluator

spark = SparkSession.builder.appName("turbines").getOrCreate()
scada = spark.read.parquet("s3a://wind/scada/")
w = Window.partitionBy("turbine_id").orderBy("ts").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
scada = scada.withColumn("wind_speed", F.coalesce("wind_speed", F.last("wind_speed", ignorenulls=True).over(w)))
assembled = VectorAssembler(inputCols=["wind_speed", "rotor_rpm", "pitch"], outputCol="features").transform(scada)
train, test = assembled.randomSplit([0.8, 0.2], seed=17)
gbt = GBTRegressor(labelCol="power_kw").fit(train)
print(RegressionEvaluator(labelCol="power_kw", metricName="rmse").evaluate(gbt.transform(test)))
