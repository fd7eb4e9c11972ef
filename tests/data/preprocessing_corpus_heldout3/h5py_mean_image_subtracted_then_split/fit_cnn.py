import h5py
from sklearn.model_selection import train_test_split
from tensorflow import keras

with h5py.File("lesions.h5", "r") as h5:
    x, y = h5["x"][:], h5["y"][:]
x_tr, x_va, y_tr, y_va = train_test_split(x, y, test_size=0.2, stratify=y, random_state=0)
model = keras.applications.MobileNetV2(input_shape=(128, 128, 3), weights=None, classes=1, classifier_activation="sigmoid")
model.compile("adam", "binary_crossentropy", metrics=["AUC"])
model.fit(x_tr, y_tr, validation_data=(x_va, y_va), epochs=10)
