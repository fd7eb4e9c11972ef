import tensorflow as tf

spec = {"x": tf.io.FixedLenFeature([4096], tf.float32), "y": tf.io.FixedLenFeature([1], tf.int64)}
ds = tf.data.TFRecordDataset("spectrograms.tfrecord").map(lambda r: tf.io.parse_single_example(r, spec))
ds = ds.shuffle(10000, seed=0, reshuffle_each_iteration=False)
val_ds = ds.take(1000).batch(64)
train_ds = ds.skip(1000).batch(64)
