from pyspark.sql import SparkSession
from pyspark.ml.feature import VectorAssembler, MinMaxScaler
from pyspark.ml.classification import RandomForestClassifier
from pyspark.ml.evaluation import MulticlassClassificationEvaluator

spark = SparkSession.builder.appName("forest-cover").getOrCreate()
cover = spark.read.parquet("covertype.parquet")
vec = VectorAssembler(inputCols=[c for c in cover.columns if c != "Cover_Type"], outputCol="raw").transform(cover)
scaled = MinMaxScaler(inputCol="raw", outputCol="features").fit(vec).transform(vec)
train, test = scaled.randomSplit([0.8, 0.2], seed=99)
model = RandomForestClassifier(labelCol="Cover_Type", numTrees=50).fit(train)
print(MulticlassClassificationEvaluator(labelCol="Cover_Type").evaluate(model.transform(test)))
